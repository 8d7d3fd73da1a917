// A tiny ImagePolicyWebhook backend for the drill: answers ImageReview requests over HTTPS and allows a Pod
// only when every image comes from the allowed registry. Listens on 127.0.0.1 on a free port and writes the
// port to PORT_FILE and its pid to PID_FILE once it is listening.
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:https';

const { CERT, KEY, PORT_FILE, PID_FILE, ALLOWED_PREFIX = 'registry.internal.example/' } = process.env;

function review(body) {
  const spec = body?.spec ?? {};
  const images = (spec.containers ?? []).map((c) => String(c.image ?? ''));
  const denied = images.filter((image) => !image.startsWith(ALLOWED_PREFIX));
  const status = denied.length
    ? { allowed: false, reason: `${denied.join(', ')} not from ${ALLOWED_PREFIX} (namespace ${spec.namespace ?? '?'})` }
    : { allowed: true };
  return { apiVersion: body?.apiVersion ?? 'imagepolicy.k8s.io/v1alpha1', kind: 'ImageReview', status };
}

const server = createServer({ cert: readFileSync(CERT), key: readFileSync(KEY) }, (req, res) => {
  let data = '';
  req.setEncoding('utf8');
  req.on('data', (chunk) => (data += chunk));
  req.on('end', () => {
    let answer;
    try {
      answer = review(JSON.parse(data || '{}'));
    } catch {
      res.writeHead(400).end('bad ImageReview');
      return;
    }
    console.log(new Date().toISOString(), JSON.stringify(answer.status));
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
  });
});

server.listen(0, '127.0.0.1', () => {
  writeFileSync(PID_FILE, String(process.pid));
  writeFileSync(PORT_FILE, String(server.address().port));
});
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => process.exit(0)));
