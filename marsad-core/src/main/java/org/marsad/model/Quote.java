package org.marsad.model;

/**
 * An attributed statement.
 *
 * @param cue      the speech verb or phrase that introduces it, or null (headline quotes)
 * @param via      the outlet that relayed the statement, or null
 * @param medium   where it was said (interview, tweet, statement), or null
 * @param evidence which rule or earlier sentence decided the speaker, for auditing
 */
public record Quote(Speaker speaker, TextSpan cue, boolean direct, String via, String medium, TextSpan content,
                    boolean inTitle, Stance stance, String evidence) {
}
