%% The standard term order across types:
%% number < atom < reference < fun < port < pid < tuple < map < nil < list < bitstring,
%% checked with < and > on pairs (refs and funs are compared, never returned).
-module(cmp_term_order).
-export([main/0]).

main() ->
    Ref = make_ref(),
    Fun = fun() -> ok end,
    Pid = self(),
    Ordered = [id(-1 bsl 70), id(-1.5), id(0), id(1.0), id(2), id(1 bsl 70), id(''), id(a), id(zz),
               Ref, Fun, Pid, {}, {a}, {a, b}, #{}, #{a => 1}, [], [a], [a, b], [b],
               <<>>, <<0:1>>, <<0>>, <<1>>, <<1, 2>>, <<1:1>>],
    N = length(Ordered),
    Checks = [cmp(nth(I, Ordered), nth(J, Ordered)) =:= sign(I - J)
              || I <- seq(1, N), J <- seq(1, N)],
    Bad = [{I, J} || I <- seq(1, N), J <- seq(1, N),
                     cmp(nth(I, Ordered), nth(J, Ordered)) =/= sign(I - J)],
    [all(Checks), Bad,
     id(1) < id(a), id(a) < id({}), id({}) < id([]), id([]) < id(<<>>),
     id({1, 2}) < id({0, 0, 0}), id({2}) > id({1, 9}), id([1, 2]) < id([1, 2, 0]),
     id(<<1, 2>>) < id(<<1, 3>>), id(<<2>>) > id(<<1, 255>>),
     id(1) == id(1.0), id(1) < id(1.5), id(2) > id(1.5),
     id(abc) < id(abd), id(ab) < id(abc), id('Z') < id(a)].

cmp(A, B) when A < B -> -1;
cmp(A, B) when A > B -> 1;
cmp(_, _) -> 0.

sign(X) when X < 0 -> -1;
sign(0) -> 0;
sign(_) -> 1.

nth(1, [H | _]) -> H;
nth(N, [_ | T]) -> nth(N - 1, T).

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

all([]) -> true;
all([true | T]) -> all(T);
all(_) -> false.

id(X) -> X.
