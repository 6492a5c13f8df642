%% try/catch inside tail-recursive loops and comprehensions: many exceptions
%% raised and caught (no stack growth), accumulating results and counting
%% each class.
-module(try_loops).
-export([main/0]).

main() ->
    {Ok, Errs} = loop(id(100000), 0, #{throw => 0, error => 0, exit => 0}),
    [Ok, maps:get(throw, Errs), maps:get(error, Errs), maps:get(exit, Errs),
     [safe_div(10, X) || X <- [2, 0, 5, a, -1]],
     parse_all([<<"1">>, <<"x">>, <<"22">>, <<"">>, <<"-3">>])].

loop(0, Ok, Errs) -> {Ok, Errs};
loop(N, Ok, Errs) ->
    try work(N) of
        _ -> loop(N - 1, Ok + 1, Errs)
    catch
        Class:_ -> loop(N - 1, Ok, maps:update(Class, maps:get(Class, Errs) + 1, Errs))
    end.

work(N) when N rem 7 =:= 0 -> throw(seven);
work(N) when N rem 11 =:= 0 -> erlang:error(eleven);
work(N) when N rem 13 =:= 0 -> exit(thirteen);
work(N) -> N.

safe_div(A, B) ->
    try A div B of
        Q -> {ok, Q}
    catch
        error:badarith -> {error, badarith}
    end.

parse_all(Bs) ->
    [try {ok, binary_to_integer(B)} catch error:badarg -> {error, B} end || B <- Bs].

id(X) -> X.
