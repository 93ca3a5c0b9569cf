/**
 * A server process for HTTP benchmarks: `node bench-server.js <kind> <port>`.
 *  - `express-bare`: Express 5 with one handler returning the DTO via res.json (the baseline);
 *  - `stackport`: the same DTO through the full Stackport pipeline on the Express adapter.
 * Prints "ready" once listening.
 */
import 'reflect-metadata';
import express from 'express';
import { createExpressApp, createHost, Dto, Handles, Member, Returns, Route } from '../../../src/index.js';

@Dto({ namespace: 'Bench' })
class BenchResponse {
  @Member() Result?: string;
  @Member('int') Count?: number;
}

@Dto({ namespace: 'Bench' })
@Route('/hello/{Name}', 'GET')
@Returns(() => BenchResponse)
class BenchHello {
  @Member() Name?: string;
}

class BenchService {
  @Handles(BenchHello) get(req: BenchHello): BenchResponse {
    return Object.assign(new BenchResponse(), { Result: `Hello, ${req.Name}`, Count: 1 });
  }
}

const [kind, portText] = process.argv.slice(2);
const port = Number(portText);
let app: express.Express;
if (kind === 'express-bare') {
  app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  app.get('/hello/:name', (req, res) => { res.json({ result: `Hello, ${req.params.name}`, count: 1 }); });
} else {
  app = createExpressApp(createHost().register(new BenchService()));
}
app.listen(port, '127.0.0.1', () => console.log('ready'));
