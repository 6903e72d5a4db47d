#!/usr/bin/env node
// The `mlo-newsroom` command (validate, convert, render); see `mlo-newsroom --help`.
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2));
