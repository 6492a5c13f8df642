%% Uncaught function_clause: the top frame carries the argument list, so the
%% report has a "called as" line.
-module(exc_uncaught_function_clause).
-export([main/0]).

main() ->
    Shapes = [{circle, 2}, {square, 3}, {triangle, 1, 2, 3}],
    {total, sum([area(S) || S <- Shapes])}.

area({circle, R}) -> 3 * R * R;
area({square, S}) -> S * S.

sum([]) -> 0;
sum([H | T]) -> H + sum(T).
