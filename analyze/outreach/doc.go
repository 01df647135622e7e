// Package outreach writes ready-to-edit messages asking the best referrers
// of each target for a referral, following established referral etiquette:
// how to ask depends on how well the user knows the person.
//
// [Draft] takes a ranked [analyze.Result] and writes one [analyze.Draft]
// for each of the best Options.PerTarget referrers (5 by default) of every
// target, in the result's order: the ranking (package score) puts those
// worth asking first, a close friend in another role above a stranger in
// the role, so the drafts go to them. A target whose listed referrers are
// all strangers gets one draft: an introduction to the best of them
// through the best introducer, saying the user knows no one there well
// (one request to one introducer; the next after their answer). Each draft has a subject line, a message
// and a LinkedIn-length note (see "The 300-character rule"). The same
// result and options always give the same drafts.
//
// # Kinds
//
// The kind follows the approach package tie chooses for the referrer's
// tier ([tie.Approach]); the tier already holds a Relationship the user's
// notes set:
//
//	tier                kind          the message
//	close               direct        asks for the referral: personal and
//	                                  short; the role and team, the job
//	                                  links; why a referral helps; an offer
//	                                  to send the resume and a blurb so it
//	                                  takes them two minutes
//	known, acquainted   advice        names what the two share (see
//	                                  Connection), a line about their team
//	                                  or work, asks for 15-20 minutes this
//	                                  week or next with two time slots to
//	                                  fill in, and says upfront that the
//	                                  user means to apply and would welcome
//	                                  a referral if it seems a fit
//	none                introduction  no cold referral ask: a message to an
//	                                  introducer, asking whether they know
//	                                  the referrer and would check with them
//	                                  first (double opt-in), with a short
//	                                  blurb to forward once the referrer
//	                                  agrees
//
// The drafts hold placeholders in square brackets for what only the user
// knows: "[Tue 2-4pm or Thu morning]", "[one line on your background ...]",
// "[Your name]" when Profile.csv gave no name. They are drafts: the user
// edits and sends them.
//
// # The job search
//
// When the run's targets come from the user's own job search (Result.Jobs),
// a draft names the exact posting and its link and offers the resume, as
// a referrer needs them. A draft whose posting was applied to more than
// StaleDays days before the export, or after the target's deadline has
// passed, carries a Check for the user: "applied 41 days ago: check the
// posting is still open before asking".
//
// # The introducer
//
// For an introduction, the introducer is, in this order:
//
//  1. a contact whose notes (Note.PastCompanies, from the --notes file)
//     name a past employer that is the target, as the company package
//     matches names ("Contoso Ltd." is Contoso);
//  2. else the user's strongest tie of tier close, else known;
//
// never the referrer themself and never someone now at the target (they
// are referrers in their own right). Among several, the stronger tier wins,
// then the higher tie strength, then the name. Candidates are the contacts
// of Result.Referrals (which carry the notes) and Result.Network (which
// carries everyone's tie); who is now at the target is read from their
// Member.EmployerKey, the employer as the ranking resolved it. When no one fits, the draft says so plainly,
// advises against a cold request, suggests the Search sheet, and still
// gives the blurb for whoever the user finds.
//
// # Template files
//
// The texts are Go text/template files built into the binary. --templates
// DIR overrides any of them: [Load] reads these names at the root of DIR,
// and a file that is missing keeps the built-in one.
//
//	direct.tmpl              message for close ties
//	advice.tmpl              message for known and acquainted ties
//	introduction.tmpl        message to the introducer, or to the user
//	                         when there is none (test {{if .Via}})
//	note-direct.tmpl         the 300-character variants of the three
//	note-advice.tmpl
//	note-introduction.tmpl
//
// A message file may define the subject line as a template named
// "subject": {{define "subject"}}Referral for {{.ARole}}?{{end}}. A file
// that defines none keeps the built-in subject. Any other .tmpl file in
// DIR is an error (a misspelt name would silently do nothing); other files
// are ignored. The built-in files are in the templates folder of this
// package: copy one to start.
//
// A file that fails to parse, calls an unknown function or names an
// unknown field is an error naming the file and line, as text/template
// reports it ("template: advice.tmpl:7: function "upper" not defined");
// Load also executes each file on sample data to catch those early.
//
// Output is tidied after execution, so template authors need not count
// blank lines: in a message, spaces at line ends are dropped, runs of blank
// lines become one and blank lines at both ends go; a subject and a note
// are joined into one line with single spaces.
//
// # Fields
//
// A template is executed on a [Data]. Its fields:
//
//	.Kind        direct, advice or introduction
//	.Tie         the referrer's tier: close, known, acquainted or none
//	.First       the referrer's first name ("there" when unknown)
//	.Name        the referrer's full name
//	.Position    the referrer's title, as their row has it
//	.Company     the referrer's employer, as their row has it
//	.Target      the target company, as the user gave it
//	.Team        the referrer's team: the notes file's Team, else the
//	             team their title or employer brand names; "" if unknown
//	.TargetTeam  the team the user wants (--target Company:Team, or the
//	             brand named as target, as AWS for Amazon); "" if none
//	.Role        the role applied for as a phrase: "software engineering
//	             role", "data role", "internship"; "role" with no --role
//	.ARole       the same with its article: "a software engineering role",
//	             "an HR role"
//	.Jobs        the job posting URLs for the target (--job), the
//	             target's own first, then those given for every target
//	.Job         the first of .Jobs, or ""
//	.Posting     the posting of the user's own job search the draft is
//	             about, or nil: the newest at the target whose best
//	             referrers include this one, else the newest there; its
//	             .Title, .URL, .Applied (false for a saved job), .On
//	             ("3 Nov") and .DaysAgo. Its link comes first in .Jobs.
//	.Applying    the sentence's start for it: "I applied for Software
//	             Engineer, Payments (https://...) at Stripe on 3 Nov", or
//	             "I'm applying for ..." for a saved job; "" without one
//	.User        the user's name from Profile.csv, or "": write
//	             {{or .User "[Your name]"}}
//	.Connection  what the user shares with the referrer, a clause in lower
//	             case, from the strongest shared context package tie
//	             found (Member.Context): "we overlapped at Contoso", "we
//	             were at the University of Washington around the same
//	             time", "we connected while I was at Fabrikam", and from
//	             the user's notes "we both worked at Contoso", "we both
//	             went to the University of Washington"; "" when nothing
//	             is known
//	.Via         the introducer's full name, "" when no one fits
//	.ViaFirst    the introducer's first name
//	.ViaCompany  the introducer's employer
//	.ViaWorkedThere  true when the notes say the introducer worked at
//	             the target
//	.Strangers   how many referrers the target lists when all of them
//	             are strangers, else 0: {{if .Strangers}}
//
// Besides text/template's own functions (and, or, not, len, index, eq,
// printf, ...), templates may call capitalize, which upper-cases the first
// letter: {{capitalize .Connection}}.
//
// Every value comes from the user's data and is inserted as plain text: it
// is never parsed as a template, so a contact named "{{.User}}" is written
// as that. Control characters and bidirectional formatting characters are
// dropped from values, and line breaks in them become spaces.
//
// # The 300-character rule
//
// LinkedIn limits a connection note to 300 characters. After execution, a
// note longer than [analyze.NoteLimit] characters (Unicode code points) is cut on
// the last word boundary that leaves room for a final "…", so the text
// that goes out is always at most 300 characters. A long company or
// name can push a note over: the cut keeps the greeting and the ask, which
// the built-in notes put first, and a URL is kept whole or dropped.
package outreach
