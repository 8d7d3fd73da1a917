#!/usr/bin/env bash
# Commands to run as root on node01, one per line. The security team reviews them before anyone runs them.
