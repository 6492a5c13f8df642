%% Instruction shapes the loader specialises or fuses, on their fast paths and on the
%% slow ones: small-integer arithmetic that overflows into bignums or meets floats,
%% comparisons across types, list and tuple matching into x and y registers, float
%% arithmetic with its errors, moves around calls, returns of constants, and
%% exceptions caught with and without their stack traces. Also a long-lived structure
%% that must survive many collections while garbage is made around it. No library
%% calls, so that only the VM's own instructions and BIFs are exercised.
-module(interp_specialised).
-export([main/0]).

-record(point, {x, y}).

main() ->
    [arith(), compare(), lists_part(), tuples(), floats(), moves(), returns(),
     exceptions(), gc_survivors(), deep(50000)].

id(X) -> X.

reason({'EXIT', {R, _}}) -> R;
reason(X) -> X.

%% --- arithmetic -------------------------------------------------------------

arith() ->
    Max = id(576460752303423487),
    Min = id(-576460752303423488),
    Y = id(7),
    [Max + 1, Max + id(1), Min - 1, Min - id(1), Max - Min, plus_y(Max, 1),
     id(3) + 4, id(3) - 4, id(2.5) + 1, 1 - id(0.5), id(10) + id(-20),
     (Max + 1) - 1, (Min - 1) + 1, Y + 1.5,
     id(-1) band 16#FF, id(Max + 1) band 16#FFFF, id(12345) band id(255), id(-8) band id(-3),
     reason(catch id(a) + 1), reason(catch 1 - id(b)), reason(catch id(1.0e308) * 10.0),
     try id(x) + id(1) catch error:R -> {caught, R} end,
     sum_to(100000, 0), countdown(1000)].

plus_y(A, B) ->
    C = id(B),
    _ = id(C),
    A + C.

sum_to(0, Acc) -> Acc;
sum_to(N, Acc) -> sum_to(N - 1, Acc + N).

countdown(N) when N < 1 -> done;
countdown(N) -> countdown(N - 3).

%% --- comparisons ------------------------------------------------------------

compare() ->
    Vals = [0, 1, -1, 1.0, 576460752303423488, -576460752303423489, a, [], {}, [1], <<>>, 2.5],
    [[{cmp(A, B), eq(A, B)} || B <- Vals] || A <- Vals] ++
    [lt_const(id(5)), lt_const(id(5.0)), lt_const(id(a)), lt_const(id(-7)),
     ge_const(id(10)), ge_const(id(9.99)), ge_const(id(11)), ge_const(id(b)),
     kind(id(0)), kind(id(0.0)), kind(id(ok)), kind(id([])), kind(id(other)),
     y_compare(id(3), id(4)), y_compare(id(4.0), id(4))].

cmp(A, B) when A < B -> lt;
cmp(A, B) when A >= B -> ge.

eq(A, B) when A =:= B -> same;
eq(A, B) when A =/= B -> different.

lt_const(X) when X < 5 -> below;
lt_const(X) when 5 < X -> above;
lt_const(_) -> equal.

ge_const(X) when X >= 10 -> high;
ge_const(X) when 10 >= X -> low.

kind(0) -> zero_int;
kind(ok) -> ok_atom;
kind([]) -> nil;
kind(X) when X =/= other -> not_other;
kind(_) -> other.

y_compare(A, B) ->
    C = id(A),
    D = id(B),
    _ = id(C),
    {C < D, C >= D, C =:= D, C =/= D, C == D}.

%% --- lists ------------------------------------------------------------------

lists_part() ->
    L = seq(1, 200),
    [app(seq(1, 5), [a, b]), rev(L, []) =:= rev2(L), sum(L), len(app(L, L), 0),
     pairs(seq(1, 9)), heads([[1, 2], [3], [], [4 | 5]]), zip(seq(1, 4), [a, b, c])].

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

app([H | T], L) -> [H | app(T, L)];
app([], L) -> L.

rev([H | T], Acc) -> rev(T, [H | Acc]);
rev([], Acc) -> Acc.

rev2([]) -> [];
rev2([H | T]) -> app(rev2(T), [H]).

sum([H | T]) -> H + sum(T);
sum([]) -> 0.

len([_ | T], N) -> len(T, N + 1);
len([], N) -> N.

pairs([A, B | T]) -> [{A, B} | pairs(T)];
pairs(Rest) -> Rest.

heads([[H | _] | T]) -> [H | heads(T)];
heads([[] | T]) -> [empty | heads(T)];
heads([]) -> [].

zip([A | As], [B | Bs]) -> [{A, B} | zip(As, Bs)];
zip(_, _) -> [].

%% --- tuples -----------------------------------------------------------------

tuples() ->
    P = #point{x = 1, y = 2},
    [tsum({1, 2}), tsum({1, 2, 3}), tsum({}), tsum(not_a_tuple), tsum([1, 2]),
     px(P), px({point, 5}), px({other, 1, 2}), px(id({point, a, b})),
     swap_pair(id({left, right})), depth(tree(8)), nested({{1, 2}, {3, 4}})].

tsum({A, B}) -> A + B;
tsum({A, B, C}) -> A + B + C;
tsum(T) when is_tuple(T) -> tuple;
tsum(_) -> other.

px(#point{x = X, y = Y}) -> {X, Y};
px(_) -> no_point.

swap_pair({A, B}) -> {B, A}.

tree(0) -> leaf;
tree(N) -> {tree(N - 1), tree(N - 1)}.

depth(leaf) -> 0;
depth({L, R}) ->
    DL = depth(L),
    DR = depth(R),
    if DL > DR -> DL + 1; true -> DR + 1 end.

nested({{A, B}, {C, D}}) -> A * 1000 + B * 100 + C * 10 + D.

%% --- floats -----------------------------------------------------------------

floats() ->
    [dist(id(3.0), id(4.0)), dist(id(3), id(4)), poly(id(1.5)), poly(id(2)),
     poly(id(576460752303423488 * 4)),
     reason(catch poly(id(1.0e200))), reason(catch fdiv(id(1.0), id(0.0))), reason(catch fdiv(id(1), id(0))),
     reason(catch fmix(id(a))), fmix(id(2.0)), energy([{1.0, 2.0}, {3.0, 4.0}, {0.5, 0.25}], 0.0)].

dist(X, Y) -> X * X + Y * Y.

poly(X) -> 3.0 * X * X * X - 2.0 * X + 0.5.

fdiv(A, B) -> A / B.

fmix(X) -> -(X * 2.0) + 1.0.

energy([{M, V} | T], E) -> energy(T, E + 0.5 * M * V * V);
energy([], E) -> E.

%% --- moves around calls -----------------------------------------------------

moves() ->
    [shuffle(1, 2, 3, 4), shuffle(a, b, c, d), keep(10, 20), tak(18, 12, 6), ack(2, 3)].

shuffle(A, B, C, D) ->
    X = id(D),
    Y = id(C),
    Z = id(B),
    W = id(A),
    {X, Y, Z, W, A, B, C, D}.

keep(A, B) ->
    C = id(A + B),
    D = id(A * B),
    E = id(C - D),
    [A, B, C, D, E].

tak(X, Y, Z) when Y < X -> tak(tak(X - 1, Y, Z), tak(Y - 1, Z, X), tak(Z - 1, X, Y));
tak(_, _, Z) -> Z.

ack(0, N) -> N + 1;
ack(M, 0) -> ack(M - 1, 1);
ack(M, N) -> ack(M - 1, ack(M, N - 1)).

%% --- returns ----------------------------------------------------------------

returns() ->
    [const_ret(id(1)), const_ret(id(2)), const_ret(id(3)), y_ret(id(5)), lit_ret()].

const_ret(1) -> one;
const_ret(2) -> {two, [literal]};
const_ret(_) -> 3.

y_ret(X) ->
    Y = id(X * 2),
    _ = id(Y),
    Y.

lit_ret() -> <<"a literal binary">>.

%% --- exceptions -------------------------------------------------------------

exceptions() ->
    [catch throw(t1), catch exit(e1), element(1, catch error(e2)),
     try deep_throw(5) catch throw:V -> {thrown, V} end,
     try error(with_trace) catch error:R:S -> {R, length_of(S) > 0, hd_frame(S)} end,
     try id(1) + id(x) catch error:badarith:S2 -> hd_frame(S2) end,
     try try error(inner) after put(after_ran, yes) end catch error:I -> {I, get(after_ran)} end,
     try erlang:raise(throw, re, [{m, f, 1, []}]) catch throw:re:S3 -> S3 end,
     rethrow(), catch_many(1000, 0)].

deep_throw(0) -> throw(bottom);
deep_throw(N) -> 1 + deep_throw(N - 1).

length_of(L) -> len(L, 0).

hd_frame([{M, F, A, _} | _]) -> {M, F, A};
hd_frame(_) -> none.

rethrow() ->
    try
        try error(first) catch error:E:S -> erlang:raise(error, {again, E}, S) end
    catch error:R:S2 -> {R, hd_frame(S2)}
    end.

catch_many(0, Acc) -> Acc;
catch_many(N, Acc) ->
    V = case catch throw(N) of X when is_integer(X) -> X; _ -> 0 end,
    W = try error({bad, N}) catch error:{bad, M} -> M band 1 end,
    catch_many(N - 1, Acc + V + W).

%% --- collections ------------------------------------------------------------

gc_survivors() ->
    Long = build(20000, []),
    Bin = id(<<"0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789">>),
    churn(200),
    Mid = [X * 2 || X <- seq(1, 3000)],
    churn(200),
    {check(Long, 0), sum(Mid), byte_size(Bin)}.

build(0, Acc) -> Acc;
build(N, Acc) -> build(N - 1, [{N, [N], float(N)} | Acc]).

check([{N, [N], F} | T], Acc) when F == N -> check(T, Acc + N);
check([], Acc) -> Acc;
check(_, _) -> corrupted.

churn(0) -> ok;
churn(N) ->
    _ = id(tree(6)),
    _ = id(seq(1, 50)),
    churn(N - 1).

deep(N) -> sum(seq(1, N)).
