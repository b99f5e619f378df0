/**
 * Every identifier the extension contributes, as typed constants mirroring
 * package.json (a unit test checks they match). One prefix: `careerGoals`.
 */

/** Command IDs. */
export const Commands = {
  /** Writes the Career Planning Template into the first folder without a goals file. */
  init: 'careerGoals.init',
  addGoal: 'careerGoals.addGoal',
  logWin: 'careerGoals.logWin',
  refresh: 'careerGoals.refresh',
  /** Opens the progress dashboard of a folder (one panel per folder). */
  openDashboard: 'careerGoals.openDashboard',
  /** Writes a brag document for a period the person picks into the reports folder. */
  exportBragDocument: 'careerGoals.exportBragDocument',
  /** Writes a quarter's self-review into the reports folder. */
  exportQuarterlyReport: 'careerGoals.exportQuarterlyReport',
  /** Writes the plan's dates, reviews and pauses as an iCalendar file the person picks. */
  exportCalendar: 'careerGoals.exportCalendar',
  /** Opens the due review, or asks which one when none is due. */
  startReview: 'careerGoals.startReview',
  startWeeklyReview: 'careerGoals.startWeeklyReview',
  startMonthlyReview: 'careerGoals.startMonthlyReview',
  startQuarterlyReview: 'careerGoals.startQuarterlyReview',
  toggleItem: 'careerGoals.toggleItem',
  updateMetric: 'careerGoals.updateMetric',
  setStatus: 'careerGoals.setStatus',
  reveal: 'careerGoals.reveal',
  openNote: 'careerGoals.openNote',
  revealInTree: 'careerGoals.revealInTree',
  showProblems: 'careerGoals.showProblems',
  /** Appends `Goal: <id>` to the Source Control input box, for a goal the person picks. */
  addGoalTrailer: 'careerGoals.addGoalTrailer',
  /** Opens a commit of the evidence: its web page, or its changes through the Git extension. */
  openCommit: 'careerGoals.openCommit',
} as const;

/** View, container and webview IDs. */
export const Views = {
  container: 'careerGoals',
  goals: 'careerGoals.goals',
  /** Webview panel type of every review session (one serializer restores them). */
  reviewPanel: 'careerGoals.review',
  /** Webview panel type of the progress dashboards. */
  dashboardPanel: 'careerGoals.dashboard',
  walkthrough: 'careerGoals.gettingStarted',
} as const;

/** MCP server definition providers (`mcpServerDefinitionProviders`, VS Code 1.101+). */
export const McpServerIds = {
  /** `career-goals mcp` for each folder with a goals file. */
  plan: 'careerGoals.mcp',
} as const;

/** Context keys set with `setContext`. */
export const ContextKeys = {
  /** True when at least one workspace folder has a goals file. */
  hasFile: 'careerGoals.hasFile',
  /** True once the first scan of the workspace folders is done. */
  scanned: 'careerGoals.scanned',
} as const;

/** Setting keys, relative to the `careerGoals` section. */
export const Settings = {
  section: 'careerGoals',
  file: 'file',
  showCompleted: 'showCompleted',
  statusBarEnabled: 'statusBar.enabled',
  maxActiveGoals: 'maxActiveGoals',
  journalFolder: 'journalFolder',
  reportsFolder: 'reportsFolder',
  bragLayout: 'bragLayout',
  growingOthersValues: 'growingOthersValues',
  reportFormat: 'reportFormat',
  reminders: 'reminders',
  reflectionPrompts: 'reflectionPrompts',
  dashboardOpenOnStartup: 'dashboard.openOnStartup',
  /** The person's commit addresses (empty: each repository's user.email). */
  evidenceAuthors: 'evidence.authors',
  /** Repositories to read evidence from besides those the Git extension has open. */
  evidenceRepositories: 'evidence.repositories',
} as const;

/** Defaults, identical to package.json's. */
export const SettingDefaults = {
  file: 'goals.yaml',
  showCompleted: false,
  statusBarEnabled: true,
  maxActiveGoals: 5,
  journalFolder: 'reviews',
  reportsFolder: 'reports',
  bragLayout: 'brag',
  growingOthersValues: ['mentorship', 'mentoring'],
  reportFormat: 'markdown',
  reminders: true,
  dashboardOpenOnStartup: false,
  evidenceAuthors: [] as readonly string[],
  evidenceRepositories: [] as readonly string[],
} as const;
