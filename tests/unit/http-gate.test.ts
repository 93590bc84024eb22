import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ROUTE_METHODS, gateRequest } from '../../lib/http-gate';

const LOCALES = ['en', 'zh'];
const gate = (method: string, path: string) => gateRequest(method, path, LOCALES);

describe('the door in front of Next', () => {
  it('lets pages be read and posted to (the forms without JavaScript), and nothing else', () => {
    for (const method of ['GET', 'HEAD', 'POST', 'get']) expect(gate(method, '/en/contact')).toMatchObject({ pass: true });
    for (const method of ['TRACE', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'CONNECT', 'PROPFIND']) expect(gate(method, '/en/contact')).toEqual({ pass: false, status: 405, allow: 'GET, HEAD, POST' });
  });

  it('lets through only the methods a route exports, and names them in Allow', () => {
    expect(gate('GET', '/api/search')).toEqual({ pass: true, variesByLanguage: false });
    expect(gate('HEAD', '/api/search')).toEqual({ pass: true, variesByLanguage: false });
    for (const method of ['POST', 'PUT', 'DELETE', 'TRACE', 'OPTIONS']) expect(gate(method, '/api/search')).toEqual({ pass: false, status: 405, allow: 'GET, HEAD' });
    expect(gate('POST', '/api/feedback')).toMatchObject({ pass: true });
    expect(gate('GET', '/api/feedback')).toEqual({ pass: false, status: 405, allow: 'POST' });
    expect(gate('POST', '/')).toEqual({ pass: false, status: 405, allow: 'GET, HEAD' });
  });

  it('knows exactly the methods every route handler exports', () => {
    const routes = readdirSync('app', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('route.ts'));
    const exported = Object.fromEntries(
      routes.map((file) => {
        const route = `/${path.dirname(file)}`.replace(/^\/\.$/, '/');
        const methods = [...readFileSync(path.join('app', file), 'utf8').matchAll(/^export (?:async )?function (GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\b/gm)].map((match) => match[1]);
        return [route, methods];
      }),
    );
    expect(exported).toEqual(ROUTE_METHODS);
  });

  it('sends an unknown API path on to its 404, and refuses odd methods there', () => {
    expect(gate('GET', '/api/nothing')).toMatchObject({ pass: true });
    expect(gate('TRACE', '/api/nothing')).toMatchObject({ pass: false, status: 405 });
  });

  it('serves files to GET and HEAD only', () => {
    for (const path of ['/_next/static/chunks/a.js', '/search/en.json', '/icon.svg', '/robots.txt', '/admin/insights.json']) {
      expect(gate('GET', path)).toEqual({ pass: true, variesByLanguage: false });
      expect(gate('PUT', path)).toEqual({ pass: false, status: 405, allow: 'GET, HEAD' });
    }
  });

  it('answers a path ending in .rsc with a 404, whatever the method', () => {
    expect(gate('GET', '/en.rsc')).toEqual({ pass: false, status: 404 });
    expect(gate('HEAD', '/en/articles/reset-password.rsc')).toEqual({ pass: false, status: 404 });
    expect(gate('POST', '/en.rsc')).toMatchObject({ pass: false, status: 405 });
  });

  it('refuses a path with a broken percent-escape, which would crash route matching', () => {
    for (const path of ['/en/articles/%E0%A4%A', '/%', '/en/flows/x/%ZZ']) expect(gate('GET', path)).toEqual({ pass: false, status: 400 });
    expect(gate('GET', '/zh/search')).toMatchObject({ pass: true });
    expect(gate('GET', '/en/articles/%E6%8F%90')).toMatchObject({ pass: true });
  });

  it('marks the responses whose language comes from Accept-Language', () => {
    expect(gate('GET', '/')).toEqual({ pass: true, variesByLanguage: true });
    expect(gate('GET', '/no-such-page')).toEqual({ pass: true, variesByLanguage: true });
    expect(gate('GET', '/admin/insights')).toEqual({ pass: true, variesByLanguage: true });
    expect(gate('GET', '/en')).toEqual({ pass: true, variesByLanguage: false });
    expect(gate('GET', '/zh/articles/x')).toEqual({ pass: true, variesByLanguage: false });
    expect(gate('GET', '/english')).toEqual({ pass: true, variesByLanguage: true });
  });
});
