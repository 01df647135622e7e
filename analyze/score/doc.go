// Package score ranks the user's contacts as referrers for each target
// company.
//
// A contact is listed for a target only when their current employer is the
// target (as the company package resolves names, brands and subsidiaries
// included). A target named by a brand, such as AWS or Instagram, lists
// everyone at the parent and wants the brand as its team. Each listed contact then gets a score from 0 to 100, the sum
// of five components. Each component has a value from 0 to 1; its points
// are the value times its weight, and the weights are scaled to add up to
// 100 (so --weight role=70 doubles the role's share without breaking the
// scale):
//
//	component  weight  value
//	role       35      1 for the target role's function; a share for an
//	                   adjacent function (see Adjacent), 0.6 for a
//	                   recruiter whatever the role (a recruiter can always
//	                   route a resume), 0.2 for a title that names no
//	                   discipline (founder, CEO, consultant)
//	seniority  20      the taxonomy rank divided by 7: intern 0, entry 1/7,
//	                   mid 2/7, senior 3/7, staff and manager 4/7,
//	                   director 5/7, vp 6/7, cxo and owner 1
//	team       10      1 when the target names a team and the contact's
//	                   title or employer brand names it, else 0
//	alumni     15      1 for a probable colleague, 0.8 for a possible
//	                   classmate, 0.4 for someone possibly met at a past job
//	tie        20      the tie strength (package tie) divided by 100
//
// Ranking is deterministic: by score, then tie strength, then name, then
// profile URL, and Rank restarts at 1 for each target. With no targets,
// every employer in the network is a target, named as the alias table names
// the parent or as most contacts spell it, and targets are ordered by the
// sum of their three best scores (several good referrers beat one), then by
// name.
//
// Why lists, in words, what made the score:
//
//	same team (Music) · software · senior · possible classmate (University of Washington, 2015-2019)
//
// # What refrank knows of a contact
//
// One step, know, turns each contact's row into what refrank knows of
// them before any tie or target, as the row half of an [analyze.Member]:
// the employer resolved once by the company package (its display name
// and its key, Member.EmployerKey), the function and seniority the
// title package reads from the position on that employer's own ladder,
// and the team (the notes' Team, else the one the title names, else the
// brand's). Package tie then takes that Member, not the row, to find
// probable colleagues by the key, and the scoring and the no-target
// grouping read the same key: no stage resolves the employer again.
// The step lives here, not in package analyze beside the Member it
// fills, because it needs both company and title, and they build on
// analyze.
// A referral carries the user's note of its contact (tie.Join finds it):
// the note naming the referral's target (Note.Target, resolved as targets
// are), else the note without a target. A note naming a target that the
// contact is not ranked for in the run, with tracking in it, is a warning,
// so that the tracking is not lost unsaid.
package score
