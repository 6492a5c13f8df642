%% Uncaught badarith: an integer added to an atom deep inside a call chain.
%% Checks the stderr report (class, reason, frames with file/line) and status 1.
-module(exc_uncaught_badarith).
-export([main/0]).

main() ->
    X = total([1, 2, 3, oops]),
    {never, X}.

total([]) -> 0;
total([H | T]) -> H + total(T).
