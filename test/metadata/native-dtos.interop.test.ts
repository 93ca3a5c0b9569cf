/**
 * The Java, Kotlin, Python and Go DTOs the running apps serve compile with the languages' own
 * compilers against small stubs of the client libraries (test/metadata/{java,python,go}-stub):
 * javac, kotlinc, mypy --strict (and a Python import), go vet + gofmt + go run. Both the hello
 * app (every type shape) and the real two-factor product are checked, each with a small program
 * that uses the DTOs through the library's IReturn markers, so a wrong marker fails to compile.
 * The four compilers start together (kotlinc alone takes ~15 s).
 */
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { addMetadataPages } from '../../metadata/metadata-feature.js';
import { helloHost } from '../fixtures/hello-app.js';
import { sqliteDatabase, type TestDatabase } from '../twofactor/support/test-databases.js';
import { startApp, testConfig, type RunningApp } from '../twofactor/support/test-app.js';
import { installed } from './support/installed.js';
import { listen } from './support/listen.js';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../../..');
const STUBS = path.join(ROOT, 'test/metadata');
const WORK = path.join(ROOT, 'test-artifacts/native-dtos');

const missing = ['javac', 'java', 'kotlinc', 'mypy', 'python3', 'go', 'gofmt'].filter((t) => !installed(t));
const skip = missing.length ? `not installed: ${missing.join(', ')} (Debian: default-jdk-headless kotlin mypy golang-go)` : false;

const write = (file: string, text: string): string => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
};
/**
 * A short-lived compiler's JVM spends most of its time in the optimizing JIT: C1 only and the
 * serial collector halve kotlinc's CPU time (~7 s → ~3.5 s user) on this suite.
 */
const QUICK_JVM = ['-J-XX:TieredStopAtLevel=1', '-J-XX:+UseSerialGC'];
const filesUnder = (dir: string, ext: string): string[] => execFileSync('find', [dir, '-name', `*${ext}`], { encoding: 'utf8' }).trim().split('\n');

const JAVA_USAGE = `import net.servicestack.client.*;

public class Usage {
    public static void main(String[] args) {
        IReturn<hello.dtos.HelloResponse> greeting = new hello.dtos.Hello().setName("java");
        IReturnVoid nothing = new hello.dtos.DoNothing().setId(7);
        hello.dtos.TenantEcho echo = new hello.dtos.TenantEcho().setExtra("x");
        echo.setOrganisationId("org");
        IReturn<product.dtos.GetTwoFactorSmsOtpResponse> otp = new product.dtos.GetTwoFactorSmsOtpRequest();
        System.out.println(greeting.getResponseType() + "|" + echo.getResponseType() + "|" + otp.getResponseType() + "|" + hello.dtos.Perms.Write.getValue());
    }
}
`;
const KOTLIN_USAGE = `import net.servicestack.client.*

fun main() {
    val greeting: IReturn<hello.HelloResponse> = hello.Hello()
    val echo: IReturn<hello.TenantEchoResponse> = hello.TenantEcho()
    val otp: IReturn<product.GetTwoFactorSmsOtpResponse> = product.GetTwoFactorSmsOtpRequest()
    println(listOf(greeting.getResponseType(), echo.getResponseType(), otp.getResponseType(), hello.Perms.Write.value))
}
`;
const PYTHON_USAGE = `from servicestack import IReturn, IReturnVoid
import hello
import product

greeting: IReturn[hello.HelloResponse] = hello.Hello(name='python')
nothing: IReturnVoid = hello.DoNothing(id=7)
echo: IReturn[hello.TenantEchoResponse] = hello.TenantEcho(organisation_id='org', extra='x')
otp: IReturn[product.GetTwoFactorSmsOtpResponse] = product.GetTwoFactorSmsOtpRequest()
print(f'{echo}|{hello.Color.BLUE.value}|{hello.Perms.WRITE.value}')
`;
const GO_USAGE = `package main

import (
	"encoding/json"
	"fmt"

	"client/hello"
	"client/product"
	ss "github.com/ServiceStack/servicestack-go"
)

var (
	_ ss.IReturn[hello.HelloResponse]                = hello.Hello{}
	_ ss.IReturn[hello.TenantEchoResponse]           = hello.TenantEcho{}
	_ ss.IReturnVoid                                 = hello.DoNothing{}
	_ ss.IReturn[product.GetTwoFactorSmsOtpResponse] = product.GetTwoFactorSmsOtpRequest{}
)

func main() {
	org, extra := "org", "x"
	echo := hello.TenantEcho{Extra: &extra}
	echo.OrganisationId = &org
	out, _ := json.Marshal(echo)
	fmt.Printf("%s|%s|%s\\n", out, echo.HttpMethod(), hello.ColorBlue)
}
`;

interface Compiled { stdout: string }

describe('Java, Kotlin, Python and Go DTOs from /types/{lang} with their compilers', { skip }, () => {
  let server: { baseUrl: string; close: () => Promise<void> };
  let db: TestDatabase;
  let product: RunningApp;
  const results = new Map<string, Promise<Compiled>>();

  const source = async (baseUrl: string, lang: string, query: string): Promise<string> => {
    const res = await fetch(`${baseUrl}/types/${lang}?${query}`);
    assert.equal(res.status, 200, `${baseUrl}/types/${lang} answered ${res.status}`);
    assert.equal(res.headers.get('content-type'), 'text/plain; charset=utf-8');
    return res.text();
  };

  /** Both apps' DTOs under the names the usage programs import them by. */
  async function sources(lang: string, query: (name: string) => string): Promise<{ hello: string; product: string }> {
    return { hello: await source(server.baseUrl, lang, query('hello')), product: await source(product.baseUrl, lang, query('product')) };
  }

  async function java(): Promise<Compiled> {
    const dir = path.join(WORK, 'java');
    const src = await sources('java', (name) => `Package=${name}`);
    const files = [write(path.join(dir, 'hello/dtos.java'), src.hello), write(path.join(dir, 'product/dtos.java'), src.product), write(path.join(dir, 'Usage.java'), JAVA_USAGE)];
    await run('javac', [...QUICK_JVM, '-Xlint:none', '-d', path.join(dir, 'out'), ...files, ...filesUnder(path.join(STUBS, 'java-stub'), '.java')]);
    return run('java', [QUICK_JVM[0]!.slice(2), '-cp', path.join(dir, 'out'), 'Usage']);
  }

  async function kotlin(): Promise<Compiled> {
    const dir = path.join(WORK, 'kotlin');
    const src = await sources('kotlin', (name) => `Package=${name}`);
    await run('javac', [...QUICK_JVM, '-Xlint:none', '-d', path.join(dir, 'stub'), ...filesUnder(path.join(STUBS, 'java-stub'), '.java')]);
    const files = [write(path.join(dir, 'hello.kt'), src.hello), write(path.join(dir, 'product.kt'), src.product), write(path.join(dir, 'usage.kt'), KOTLIN_USAGE)];
    return run('kotlinc', [...QUICK_JVM, '-nowarn', '-cp', path.join(dir, 'stub'), '-d', path.join(dir, 'out'), ...files]);
  }

  async function python(): Promise<Compiled> {
    const dir = path.join(WORK, 'python');
    const src = await sources('python', () => '');
    write(path.join(dir, 'hello.py'), src.hello);
    write(path.join(dir, 'product.py'), src.product);
    write(path.join(dir, 'usage.py'), PYTHON_USAGE);
    const env = { ...process.env, MYPYPATH: path.join(STUBS, 'python-stub'), PYTHONPATH: path.join(STUBS, 'python-stub') };
    await run('mypy', ['--strict', '--no-error-summary', '--cache-dir', path.join(dir, '.mypy_cache'), 'hello.py', 'product.py', 'usage.py'], { cwd: dir, env });
    return run('python3', ['usage.py'], { cwd: dir, env });
  }

  async function go(): Promise<Compiled> {
    const dir = path.join(WORK, 'go');
    const src = await sources('go', (name) => `GlobalNamespace=${name}`);
    write(path.join(dir, 'hello/dtos.go'), src.hello);
    write(path.join(dir, 'product/dtos.go'), src.product);
    write(path.join(dir, 'main.go'), GO_USAGE);
    write(path.join(dir, 'go.mod'), `module client\n\ngo 1.19\n\nrequire github.com/ServiceStack/servicestack-go v0.0.0\n\nreplace github.com/ServiceStack/servicestack-go => ${path.join(STUBS, 'go-stub/servicestack-go')}\n`);
    const env = { ...process.env, GOFLAGS: '-mod=mod', GOPROXY: 'off', GOTOOLCHAIN: 'local', GOCACHE: path.join(WORK, 'go-cache') };
    const unformatted = (await run('gofmt', ['-l', 'hello', 'product'], { cwd: dir, env })).stdout.trim();
    assert.equal(unformatted, '', `gofmt would reformat: ${unformatted}`);
    await run('go', ['vet', './...'], { cwd: dir, env });
    return run('go', ['run', '.'], { cwd: dir, env });
  }

  before(async () => {
    rmSync(WORK, { recursive: true, force: true });
    server = await listen(addMetadataPages(helloHost().host));
    db = await sqliteDatabase().create();
    product = await startApp(testConfig(db.url));
    for (const [lang, compile] of [['java', java], ['kotlin', kotlin], ['python', python], ['go', go]] as const) {
      const started = Date.now();
      const p = compile().then((r) => { console.log(`# ${lang}: compiled and ran in ${Date.now() - started} ms`); return r; });
      p.catch(() => undefined); // awaited by its test
      results.set(lang, p);
    }
  });
  after(async () => {
    await Promise.allSettled(results.values());
    await server?.close();
    await product?.stop();
    await db?.drop();
  });

  it('javac compiles both apps\' Java DTOs and a program using their IReturn<T> markers runs', async () => {
    const { stdout } = await results.get('java')!;
    assert.equal(stdout.trim(), 'class hello.dtos$HelloResponse|class hello.dtos$TenantEchoResponse|class product.dtos$GetTwoFactorSmsOtpResponse|2');
  });

  it('kotlinc compiles both apps\' Kotlin DTOs with a program typed through IReturn<T>', async () => {
    await results.get('kotlin')!;
  });

  it('mypy --strict accepts both apps\' Python DTOs and a program typed through IReturn[T]; they import and construct', async () => {
    const { stdout } = await results.get('python')!;
    assert.equal(stdout.trim(), "TenantEcho(organisation_id='org', extra='x')|Blue|2");
  });

  it('go vet accepts both apps\' Go DTOs, gofmt leaves them as they are, and a program using them runs', async () => {
    const { stdout } = await results.get('go')!;
    assert.equal(stdout.trim(), '{"organisationId":"org","extra":"x"}|PUT|Blue');
  });
});
