import type { NextConfig } from 'next';

const config: NextConfig = {
  // A static site in out/: the server-rendered page below is rendered once, at build time.
  output: 'export',
};

export default config;
