import { mountVueExample } from './frameworks/vue-example.js';

const report = await (await fetch('./leeds-report.json')).json();
mountVueExample(document.getElementById('app')!, report);
