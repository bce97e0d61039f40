// A sync op over a 16 MiB Buffer, 500 times: fs.writeSync to /dev/null,
// where the write itself costs nothing, so the time is what it takes to
// hand the bytes to the op (a copy, or none).
const fs = require('fs');
const fd = fs.openSync('/dev/null', 'w');
const data = Buffer.alloc(16 << 20, 7);
for (let i = 0; i < 500; i++) fs.writeSync(fd, data);
fs.closeSync(fd);
