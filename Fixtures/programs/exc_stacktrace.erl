%% Stack traces returned from catch clauses: frames with module, function,
%% arity or argument list, and file/line locations, for errors raised in
%% BIFs, in local functions, in funs and after non-tail calls.
%% Every stack is cut after the frame of main/0.
-module(exc_stacktrace).
-export([main/0]).

main() ->
    [capture(fun() -> a(id(0)) end),
     capture(fun() -> b([1, 2, x]) end),
     capture(fun() -> c(id(nope)) end),
     capture(fun() -> (fun(X) -> X / 0 end)(id(1)) end),
     capture(fun() -> d(id(3)) end),
     capture(fun() -> element(id(9), id({})) end),
     capture(fun() -> throw(not_an_error) end),
     capture(fun() -> exit(plain_exit) end)].

capture(F) ->
    try F() catch Class:Reason:Stack -> {Class, Reason, trim(Stack)} end.

a(N) -> 10 div N.

b([]) -> 0;
b([H | T]) -> H + b(T).

c(ok) -> fine.

d(0) -> erlang:error(bottom);
d(N) -> [d(N - 1)].

trim([]) -> [];
trim([{?MODULE, main, 0, _} = F | _]) -> [F];
trim([F | T]) -> [F | trim(T)].

id(X) -> X.
