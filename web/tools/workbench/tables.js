// The workbench's tables (segments, satisfaction indicators), as the page shows them: which
// calculation's list field each one fills, and the demo rows. Columns, their units and limits
// come from the core's description (describeTables).
export const TABLE_PAGES = [];

export function describeTables() {
  return {};
}
