%% Non-tail calls whose callees start with a type test, repeated far beyond one
%% scheduling slice (4000 reductions), so that processes are suspended at call
%% instructions and resumed with their argument registers intact.
-module(calls_across_slices).
-export([main/0]).

main() ->
    {sum(id(30000)), mix(id(20000), 1, 2, 3), count_down(id(25000), [])}.

sum(N) when is_integer(N), N > 0 -> N + sum(N - 1);
sum(0) -> 0.

mix(0, A, B, C) -> {A, B, C};
mix(N, A, B, C) when is_integer(A), is_integer(B) ->
    {X, Y, Z} = mix(N - 1, B, C, (A rem 7) + 1),
    {Y, Z, X}.

count_down(0, Acc) -> length(Acc);
count_down(N, Acc) when is_list(Acc) -> count_down(N - 1, step(N, Acc)).

step(N, Acc) when N rem 1000 =:= 0 -> [N | Acc];
step(_, Acc) -> Acc.

id(X) -> X.
