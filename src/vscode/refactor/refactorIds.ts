// The refactor setting's id as contributed in package.json (its commands are in ../commandIds).
export const CUSTOM_ACTIONS_SETTING = 'flywheel.refactor.customActions';
