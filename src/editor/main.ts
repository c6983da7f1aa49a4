// The location editor's page (dev only: served by src/editor/server/plugin.ts, never built).
import 'maplibre-gl/dist/maplibre-gl.css';
import './editor.css';
import { mount } from 'svelte';
import App from './App.svelte';

const target = document.getElementById('xy-location-editor');
if (!target) throw new Error('the editor page has no #xy-location-editor element');
mount(App, { target });
