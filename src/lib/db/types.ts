// The record types live in the domain (domain/records.ts), so pure logic can name them without
// depending on the database; the repositories import them from here.
export * from '$lib/domain/records';
