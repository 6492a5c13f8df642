%% erlang:raise/3 re-raising with a given class and stack, error/2 with an
%% argument list, rethrowing from a catch clause, and exceptions crossing
%% several function calls.
-module(exc_raise).
-export([main/0]).

main() ->
    Fake = [{fake_mod, fake_fun, 2, [{file, "fake.erl"}, {line, 7}]}],
    [try erlang:raise(throw, my_throw, Fake) catch C1:R1:S1 -> {C1, R1, S1} end,
     try erlang:raise(error, my_error, Fake) catch C2:R2:S2 -> {C2, R2, S2} end,
     try erlang:raise(exit, my_exit, []) catch C3:R3:S3 -> {C3, R3, S3} end,
     erlang:raise(bad_class, x, []),
     try erlang:error(with_args, [id(1), id(two)]) catch error:R4:S4 -> {R4, hd(S4)} end,
     try rethrow(fun() -> throw(original) end) catch C5:R5 -> {rethrown, C5, R5} end,
     try level1(id(3)) catch error:R6:S6 -> {R6, trim(S6)} end,
     try erlang:raise(error, from_raise, [{m, f, [arg], []}]) catch error:R7:S7 -> {R7, S7} end].

rethrow(F) ->
    try F() catch Class:Reason:Stack -> erlang:raise(Class, {wrapped, Reason}, Stack) end.

level1(N) -> [level2(N)].
level2(N) -> [level3(N)].
level3(N) -> erlang:error({deep, N}).

trim([]) -> [];
trim([{?MODULE, main, 0, _} = F | _]) -> [F];
trim([F | T]) -> [F | trim(T)].

id(X) -> X.
