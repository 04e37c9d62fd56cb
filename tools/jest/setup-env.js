// Every test runs in UTC: Europe/London is only ever used inside the calendar code.
process.env.TZ = 'UTC';
require('reflect-metadata');
