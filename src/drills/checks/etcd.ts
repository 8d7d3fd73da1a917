// `etcd`: the raw value stored in the lab's etcd, e.g. to see the k8s:enc:aescbc:v1: prefix of an
// encrypted Secret. `value` is null when the key does not exist.
import { etcdGet } from '../../lab/etcd.js';
import type { CheckRunner } from './types.js';
import { judge, need } from './predicate.js';

export const etcd: CheckRunner = async (check, ctx) => {
  const lab = need(ctx.lab, 'the lab');
  const key = check.etcd!.key;
  const value = await etcdGet(lab, key);
  return judge(check, { value: value ?? null }, value === undefined ? `${key} is not in etcd` : `the value stored at ${key} is not as required`);
};
