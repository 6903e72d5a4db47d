import { createApp } from 'vue';
import 'mlo-newsroom/mlo-news-list.js';
import App from './App.vue';

createApp(App).mount('#app');
