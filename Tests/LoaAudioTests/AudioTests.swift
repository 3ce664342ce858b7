import Testing

/// Every suite of this target nests here so they run one at a time: several check timing against the
/// wall clock, and on a two-core machine parallel decoding and pipe readers would make them measure
/// the scheduler instead of the player.
@Suite(.serialized) enum AudioTests {}
