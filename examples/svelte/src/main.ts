import { mount } from 'svelte';
import 'mlo-newsroom/mlo-news-list.js';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
