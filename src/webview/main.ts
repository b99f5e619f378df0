// Placeholder: the review panel's browser code lands with the reviews issue.
export {};
