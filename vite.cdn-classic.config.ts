import { defineConfig } from 'vite';
import { cdnConfig } from './vite.cdn.config.ts';

/** The classic-script pass of the script-tag build: dist/cdn/mlo-newsroom.iife.js (see vite.cdn.config.ts). */
export default defineConfig(cdnConfig('classic'));
