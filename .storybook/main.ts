import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook: `npm run storybook` (dev, port 6006) and `npm run build-storybook`
 * (storybook-static/, checked by `npm run test:stories`). Both first run `npm run manifest`,
 * because .storybook/preview.ts reads dist/custom-elements.json for controls and autodocs.
 *
 * The builder reads vite.config.ts too, but keeps only `build.target` from its `build` (the
 * library build) and sets its own root, so the demo's settings do not leak in.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts', '../stories/docs/**/*.mdx'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // The sample newsroom and its pictures, so stories can fetch `./data/newsroom.json` like the
  // demo. Its picture URLs are relative (`images/…`): resolved against the feed URL with `src`,
  // but against the page when a story hands the feed over as `.feed`, hence /images too.
  staticDirs: [
    { from: '../demo/data', to: '/data' },
    { from: '../demo/data/images', to: '/images' },
    // Pictures of odd shapes for the image-shapes story (stories/image-shapes.ts).
    { from: '../stories/assets', to: '/story-assets' },
  ],
  // CI machines have no route to Storybook's telemetry endpoint; don't try.
  core: { disableTelemetry: true },
  // Storybook's own UI chunks are large (axe, the docs blocks); the warning is not about ours.
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    build: { ...viteConfig.build, chunkSizeWarningLimit: 2000 },
  }),
};

export default config;
