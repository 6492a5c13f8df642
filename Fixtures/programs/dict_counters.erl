%% The process dictionary as mutable state: counters incremented in a loop,
%% memoised fibonacci, a stack, and erase/0 returning everything.
-module(dict_counters).
-export([main/0]).

main() ->
    count_words([the, cat, the, hat, a, cat, the]),
    Counts = sort([{W, get({count, W})} || W <- [the, cat, hat, a]]),
    Fib = memo_fib(90),
    MemoEntries = length([K || {{fib, _} = K, _} <- get()]),
    push(1), push(2), push(3),
    Popped = [pop(), pop()],
    All = sort(erase()),
    [Counts, Fib, MemoEntries, Popped, length(All), get(), hd(All)].

count_words([]) -> ok;
count_words([W | Ws]) ->
    case get({count, W}) of
        undefined -> put({count, W}, 1);
        N -> put({count, W}, N + 1)
    end,
    count_words(Ws).

memo_fib(N) when N < 2 -> N;
memo_fib(N) ->
    case get({fib, N}) of
        undefined ->
            V = memo_fib(N - 1) + memo_fib(N - 2),
            put({fib, N}, V),
            V;
        V -> V
    end.

push(X) ->
    S = case get(stack) of undefined -> []; L -> L end,
    put(stack, [X | S]).

pop() ->
    [X | S] = get(stack),
    put(stack, S),
    X.

sort([]) -> [];
sort([P | T]) -> sort([X || X <- T, X < P]) ++ [P] ++ sort([X || X <- T, X >= P]).
