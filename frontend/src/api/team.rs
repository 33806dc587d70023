//! The manager's endpoints: team view, a person's competence, assignments.
