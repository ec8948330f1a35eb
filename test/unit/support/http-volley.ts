// Many requests at a local server, a few at a time over kept-alive connections, each answered or
// recorded as unanswered: for suites that send thousands of hostile requests and check every reply.
// A request that node:http would refuse to write (a raw target, a method it does not know, broken
// framing) goes as bytes over its own socket instead.
import { Agent, request } from 'node:http';
import { connect } from 'node:net';

export interface Shot {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  /** Sent as chunks with no length, so only the bytes read can tell the server the body is too large. */
  chunked?: boolean;
}

export interface RawShot {
  /** The whole request as sent, head and body. */
  raw: string | Buffer;
}

export interface Reply {
  /** 0 when the connection ended without an answer. */
  status: number;
  contentType: string;
  /** The first 64 KiB: enough to see what was served, never a stream's whole life. */
  body: string;
  error?: string;
}

const BODY_CAP = 64 * 1024;
/** A server that holds a request open without answering is a finding, not a reason to wait for its own timeout. */
const ANSWER_WITHIN_MS = 5_000;

export function volley(port: number, concurrency = 8) {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });

  const send = (shot: Shot): Promise<Reply> =>
    new Promise((resolve) => {
      const length = shot.body !== undefined && !shot.chunked ? { 'content-length': String(Buffer.byteLength(shot.body)) } : {};
      const req = request(
        { host: '127.0.0.1', port, agent, method: shot.method, path: shot.path, headers: { ...length, ...shot.headers }, setHost: false },
        (res) => {
          const contentType = String(res.headers['content-type'] ?? '');
          const chunks: Buffer[] = [];
          let size = 0;
          const done = () => resolve({ status: res.statusCode ?? 0, contentType, body: Buffer.concat(chunks).toString('utf8') });
          // An event stream never ends by itself (and a HEAD has no body): its head is all there is to check.
          if (contentType.startsWith('text/event-stream')) {
            res.destroy();
            return done();
          }
          res.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size <= BODY_CAP) chunks.push(chunk);
          });
          res.on('end', done);
          res.on('error', (err) => resolve({ status: res.statusCode ?? 0, contentType, body: '', error: err.message }));
        },
      );
      req.setTimeout(ANSWER_WITHIN_MS, () => req.destroy(new Error(`no answer within ${ANSWER_WITHIN_MS} ms`)));
      req.on('error', (err) => resolve({ status: 0, contentType: '', body: '', error: err.message }));
      if (shot.body !== undefined) req.write(shot.body);
      req.end();
    });

  const sendRaw = (shot: RawShot): Promise<Reply> =>
    new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1');
      const chunks: Buffer[] = [];
      // Interim answers (100 Continue) come before the one the request gets.
      const received = () =>
        Buffer.concat(chunks)
          .toString('latin1')
          .replace(/^(HTTP\/1\.[01] 1\d\d[^\r]*\r\n(?:[^\r]+\r\n)*\r\n)+/, '');
      const finish = (error?: string) => {
        const text = received();
        const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0);
        const contentType = /\r\ncontent-type: ([^\r]*)/i.exec(text)?.[1] ?? '';
        resolve({ status, contentType, body: text.slice(text.indexOf('\r\n\r\n') + 4), ...(error ? { error } : {}) });
      };
      socket.setTimeout(ANSWER_WITHIN_MS, () => socket.destroy(new Error(`no answer within ${ANSWER_WITHIN_MS} ms`)));
      socket.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        // One answer is all a raw request is for; the server may keep the connection open after it.
        const text = received();
        const head = text.indexOf('\r\n\r\n');
        const length = /\r\ncontent-length: (\d+)/i.exec(text.slice(0, head))?.[1];
        if (
          head >= 0 &&
          (length === undefined ? /^HTTP\/1\.[01] (204|304)/.test(text) || text.includes('\r\n0\r\n\r\n') : text.length >= head + 4 + Number(length))
        )
          socket.end();
        if (text.startsWith('HTTP/1.1 200') && /content-type: text\/event-stream/i.test(text)) socket.destroy();
      });
      socket.on('error', (err) => finish(err.message));
      socket.on('close', () => finish());
      // Written, not ended: a client that half-closes first has the server drop a reply still being made.
      socket.write(shot.raw);
    });

  /** Sends every shot, `concurrency` at a time, and answers with their replies in the same order. */
  async function fire<S extends Shot | RawShot>(shots: S[]): Promise<Reply[]> {
    const replies: Reply[] = new Array<Reply>(shots.length);
    let next = 0;
    const worker = async () => {
      while (next < shots.length) {
        const index = next++;
        const shot = shots[index]!;
        replies[index] = await ('raw' in shot ? sendRaw(shot) : send(shot));
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    return replies;
  }

  return { fire, close: () => agent.destroy() };
}
