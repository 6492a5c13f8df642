%% Uncaught badmatch inside a helper called from main: the report shows the
%% reason with the unmatched value and the frames with line numbers.
-module(exc_uncaught_badmatch).
-export([main/0]).

main() ->
    Pairs = [{a, 1}, {b, 2}],
    R = lookup(c, Pairs),
    {unreachable, R}.

lookup(K, Pairs) ->
    {K, V} = first(Pairs),
    V.

first([H | _]) -> H.
