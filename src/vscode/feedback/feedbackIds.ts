// The feedback views' ids as contributed in package.json (its commands are in ../commandIds).
export const STATISTICS_VIEW_ID = 'flywheel.statistics';
export const VIEW_CONTAINER_ID = 'flywheel';
