#!/usr/bin/env node
/**
 * `node scripts/test-timings.js [report.json]`: the browser suite's time per file and its slowest
 * tests, as Markdown tables, from a Playwright JSON report (`npm run test:e2e -- --reporter=list,json`
 * with PLAYWRIGHT_JSON_OUTPUT_NAME=report.json). Times are the tests' own (hooks included), summed
 * over both projects; the wall time is the run's, which two workers make shorter than the sum.
 */
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'test-results/report.json';
const report = JSON.parse(readFileSync(file, 'utf8'));

/** Every test result in the report: its file, line, title, project, status and duration. */
function* results(suite, titles = []) {
	for (const spec of suite.specs ?? []) {
		for (const test of spec.tests) {
			for (const result of test.results) {
				yield {
					file: spec.file,
					line: spec.line,
					title: [...titles, spec.title].join(' › '),
					project: test.projectName,
					status: result.status,
					ms: result.duration
				};
			}
		}
	}
	for (const child of suite.suites ?? []) {
		yield* results(
			child,
			suite.file === child.file && child.title ? [...titles, child.title] : titles
		);
	}
}

const all = report.suites.flatMap((s) => [...results(s)]);
const ran = all.filter((r) => r.status !== 'skipped');
const s = (ms) => (ms / 1000).toFixed(1);
const sum = (rows) => rows.reduce((t, r) => t + r.ms, 0);

const byFile = new Map();
for (const r of ran) byFile.set(r.file, [...(byFile.get(r.file) ?? []), r]);
const files = [...byFile].sort((a, b) => sum(b[1]) - sum(a[1]));

console.log(
	`wall time ${s(report.stats.duration)} s; ${ran.length} tests ran (${all.length - ran.length} skipped), ${s(sum(ran))} s of test time\n`
);
console.log('| file | tests | desktop s | phone s | total s |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const [name, rows] of files) {
	const of = (p) => s(sum(rows.filter((r) => r.project === p)));
	console.log(`| ${name} | ${rows.length} | ${of('desktop')} | ${of('phone')} | ${s(sum(rows))} |`);
}
console.log('\n| # | test | project | s |');
console.log('| ---: | --- | --- | ---: |');
[...ran]
	.sort((a, b) => b.ms - a.ms)
	.slice(0, 15)
	.forEach((r, i) =>
		console.log(`| ${i + 1} | ${r.file}:${r.line} ${r.title} | ${r.project} | ${s(r.ms)} |`)
	);
const failed = all.filter((r) => !['passed', 'skipped'].includes(r.status));
if (failed.length)
	console.log(
		`\n${failed.length} not passed: ${failed.map((r) => `${r.file}:${r.line} [${r.project}] ${r.status}`).join(', ')}`
	);
