/**
 * Derives a goal id from its title when the file gives none: lower case ASCII words
 * joined by hyphens, so `Run the monthly incident review` becomes
 * `run-the-monthly-incident-review`. Accents are folded; other symbols are dropped.
 */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/g, '');
  return slug || 'goal';
}
