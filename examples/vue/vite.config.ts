import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      // <mlo-…> tags are custom elements, not Vue components: no "Failed to resolve component".
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('mlo-') } },
    }),
  ],
});
