// lab.json: what one lab was created with (its ports), written by `lab up` on first start.
import { readFileSync, writeFileSync } from 'node:fs';
import { UserError } from '../errors.js';
import type { LabLayout } from './layout.js';
import type { LabPorts } from './manifest.js';

export interface LabConfig {
  version: 1;
  createdAt: string;
  ports: LabPorts;
}

export function readLabConfig(layout: LabLayout): LabConfig {
  try {
    return JSON.parse(readFileSync(layout.config, 'utf8')) as LabConfig;
  } catch {
    throw new UserError(`no lab in ${layout.dir}: start one with cks-tutor lab up`);
  }
}

export function writeLabConfig(layout: LabLayout, config: LabConfig): void {
  writeFileSync(layout.config, `${JSON.stringify(config, null, 2)}\n`);
}
