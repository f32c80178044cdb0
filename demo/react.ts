import { mountReactExample } from './frameworks/react-example.js';

const report = await (await fetch('./leeds-report.json')).json();
mountReactExample(document.getElementById('app')!, report);
