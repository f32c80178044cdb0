// The demo pages load the kit from source, so `npm start` shows the code as it is.
import '../src/define.js';
