%% Non-tail recursion 1,000,000 deep (the stack must grow), mutual recursion,
%% and a body-recursive map over a long list.
-module(list_recursion_deep).
-export([main/0]).

main() ->
    N = id(1000000),
    [sum_to(N), length(body_map(build(N, []))), hd(body_map(build(N, []))),
     even(id(100001)), odd(id(100001)), depth_tuple(id(100000)),
     ackermann(2, 3), ackermann(3, 3)].

sum_to(0) -> 0;
sum_to(N) -> N + sum_to(N - 1).

build(0, Acc) -> Acc;
build(N, Acc) -> build(N - 1, [N | Acc]).

body_map([]) -> [];
body_map([H | T]) -> [H * 3 | body_map(T)].

even(0) -> true;
even(N) -> odd(N - 1).

odd(0) -> false;
odd(N) -> even(N - 1).

depth_tuple(N) -> unwrap(wrap(N, leaf), 0).

wrap(0, T) -> T;
wrap(N, T) -> wrap(N - 1, {node, T}).

unwrap(leaf, D) -> D;
unwrap({node, T}, D) -> 1 + unwrap(T, D).

ackermann(0, N) -> N + 1;
ackermann(M, 0) -> ackermann(M - 1, 1);
ackermann(M, N) -> ackermann(M - 1, ackermann(M, N - 1)).

id(X) -> X.
