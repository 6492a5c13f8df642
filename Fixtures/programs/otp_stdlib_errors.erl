%% Exceptions raised inside stdlib functions, caught with their stack
%% traces: function_clause in lists:nth/2, badarg from lists:seq/3 guards,
%% errors thrown from funs called by lists:map, and gen_server call
%% timeouts to a dead process. Stacks are cut after main/0; their line
%% numbers come from the OTP release's own sources.
-module(otp_stdlib_errors).
-export([main/0]).

main() ->
    [capture(fun() -> lists:nth(0, [a]) end),
     capture(fun() -> lists:seq(1, foo) end),
     capture(fun() -> lists:map(fun(X) -> 1 / X end, [1, 0]) end),
     capture(fun() -> lists:foldl(fun(X, A) -> X + A end, 0, [1, a]) end),
     capture(fun() -> string:split(1, ",") end),
     capture(fun() -> gen_server:call(no_such_registered_server, hello) end),
     capture(fun() -> lists:last([]) end)].

capture(F) ->
    try F() catch Class:Reason:Stack -> {Class, Reason, trim(Stack)} end.

trim([]) -> [];
trim([{?MODULE, main, 0, _} = F | _]) -> [F];
trim([F | T]) -> [F | trim(T)].
