/**
 * From your work (weekly): the week's commits whose `Goal:` trailers name a goal, by
 * goal, each with "Add as win", and the commits with no trailer counted per repository.
 * Subjects are text. "Add as win" asks the host, which writes the win from its own copy
 * of the commit (its subject, day, goal and link) and nothing else.
 */
import * as l10n from '@vscode/l10n';
import { displayDay } from '../../core/time/display';
import type { WorkCommitView } from '../../shared/protocol';
import { state } from '../state';
import { h, icon } from '../dom';
import { post } from '../vscode-api';
import { button, card, note } from '../widgets';
import type { SectionDef } from './section';

/** Only the commit pages the host makes (see core/evidence/commit-links.ts) become links. */
const COMMIT_PAGE = /^https:\/\/(github\.com|gitlab\.com|bitbucket\.org|dev\.azure\.com)\/[A-Za-z0-9._~/-]+\/(-\/)?commits?\/[0-9a-f]{40,64}$/;

function commitItem(goalId: string, c: WorkCommitView): HTMLElement {
  const short = c.hash.slice(0, 7);
  const where = c.url && COMMIT_PAGE.test(c.url) ? h('a', { href: c.url, class: 'meta', title: l10n.t('Open {0} in the browser', short) }, short) : h('code', { class: 'meta' }, short);
  return h(
    'li',
    null,
    icon('git-commit', 'entry-icon'),
    h('span', { class: 'entry-text' }, c.subject),
    h('time', { class: 'meta', datetime: c.date }, displayDay(c.date, state.language)),
    where,
    c.added
      ? h('span', { class: ['pill', 'tone-new'] }, l10n.t('a win'))
      : button({ text: l10n.t('Add as win'), icon: 'star-empty', secondary: true, name: l10n.t('Add as win: “{0}”', c.subject), key: `work-win-${c.hash}`, onClick: () => post({ type: 'addWorkWin', goalId, hash: c.hash }) }),
  );
}

export const work: SectionDef = {
  id: 'work',
  get title() {
    return l10n.t('From your work');
  },
  intro: (s) =>
    l10n.t(
      'Your commits from {0} to {1} that name a goal in a “Goal:” trailer. Add any of them as a win: it is written to goals.yaml at once, dated the day of the commit.',
      s.work ? displayDay(s.work.since, state.language) : '',
      s.work ? displayDay(s.work.until, state.language) : '',
    ),
  render: (session) => {
    const w = session.work;
    if (!w) return note(l10n.t('Your commits are read from git in VS Code desktop, in a trusted folder.'));
    const unlinked = w.unlinked.map((u) =>
      h('li', null, icon('repo', 'entry-icon'), h('span', { class: 'entry-text' }, u.count === 1 ? l10n.t('1 commit with no Goal: trailer') : l10n.t('{0} commits with no Goal: trailer', u.count)), h('span', { class: 'meta' }, u.repo)),
    );
    return [
      w.goals.length === 0 ? note(l10n.t('None of your commits this week names a goal. Add “Goal: <id>” as the last line of a commit message, or use “Career Goals: Add Goal Trailer” in Source Control.')) : null,
      ...w.goals.map((g) => card(h('h3', null, g.title), h('ul', { class: 'entries', 'aria-label': l10n.t('Commits for {0}', g.title) }, g.commits.map((c) => commitItem(g.id, c))))),
      unlinked.length > 0 ? h('h3', { class: 'sub' }, l10n.t('Not linked to a goal')) : null,
      unlinked.length > 0 ? h('ul', { class: 'entries', 'aria-label': l10n.t('Commits not linked to a goal') }, unlinked) : null,
    ];
  },
};
