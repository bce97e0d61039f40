// The guide's e-commerce server without its login (which needs crypto):
// a product catalogue with routing by method and path, a rate limiter
// (100 requests a minute per client address, then 429 with Retry-After),
// JSON bodies, and uploads streamed to ./uploads.
const fs = require('fs');
const http = require('http');
const path = require('path');

const products = [
  { id: 1, name: 'Laptop', price: 999.99, stock: 10 },
  { id: 2, name: 'Phone', price: 599.99, stock: 25 },
  { id: 3, name: 'Headphones', price: 149.99, stock: 50 },
];
const uploads = path.join(__dirname, 'uploads');

// Rate limiting: a sliding window of request times per client address.
const WINDOW_MS = 60_000;
const LIMIT = 100;
const hits = new Map();
function rateLimited(req) {
  const now = Date.now();
  const recent = (hits.get(req.socket.remoteAddress) ?? []).filter((t) => now - t < WINDOW_MS);
  recent.push(now);
  hits.set(req.socket.remoteAddress, recent);
  return recent.length > LIMIT;
}

function sendJson(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function readJson(req, callback) {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => {
    try {
      callback(null, JSON.parse(body));
    } catch (err) {
      callback(err);
    }
  });
}

const routes = {
  'GET /api/products': (req, res) => sendJson(res, 200, products),
  'GET /api/products/:id': (req, res, id) => {
    const product = products.find((p) => p.id === Number(id));
    if (product) sendJson(res, 200, product);
    else sendJson(res, 404, { error: 'Product not found' });
  },
  'POST /api/orders': (req, res) => readJson(req, (err, order) => {
    if (err) return sendJson(res, 400, { error: 'Invalid JSON' });
    const product = products.find((p) => p.id === order.productId);
    if (!product) return sendJson(res, 404, { error: 'Product not found' });
    if (!(order.quantity > 0) || order.quantity > product.stock) {
      return sendJson(res, 409, { error: 'Not enough stock', available: product.stock });
    }
    product.stock -= order.quantity;
    sendJson(res, 201, { product: product.name, quantity: order.quantity, total: +(product.price * order.quantity).toFixed(2) });
  }),
  'POST /api/upload/:name': (req, res, name) => {
    if (!/^[\w.-]+$/.test(name)) return sendJson(res, 400, { error: 'Bad file name' });
    fs.mkdirSync(uploads, { recursive: true });
    const target = path.join(uploads, name);
    const out = fs.createWriteStream(target);
    req.pipe(out);
    out.on('finish', () => sendJson(res, 201, { file: name, bytes: fs.statSync(target).size }));
    out.on('error', (err) => sendJson(res, 500, { error: err.code }));
  },
};

function route(req) {
  const { pathname } = new URL(req.url, 'http://shop');
  for (const [key, handler] of Object.entries(routes)) {
    const [method, pattern] = key.split(' ');
    if (method !== req.method) continue;
    const match = new RegExp(`^${pattern.replace(/:\w+/g, '([^/]+)')}$`).exec(pathname);
    if (match) return (res) => handler(req, res, ...match.slice(1));
  }
  return null;
}

const server = http.createServer((req, res) => {
  if (rateLimited(req)) return sendJson(res, 429, { error: 'Too many requests' }, { 'Retry-After': '60' });
  const handler = route(req);
  if (handler) handler(res);
  else sendJson(res, 404, { error: 'Not Found' });
});

const port = Number(process.env.PORT ?? 3000);
server.listen(port, '127.0.0.1', () => {
  console.log(`Shop running at http://127.0.0.1:${server.address().port}/`);
});
