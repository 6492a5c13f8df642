%% Uncaught case_clause with a tuple value in the reason.
-module(exc_uncaught_case_clause).
-export([main/0]).

main() ->
    describe({unknown, [1, 2, 3], <<"bin">>}).

describe(X) ->
    case X of
        {known, N} -> {ok, N};
        [] -> empty
    end.
