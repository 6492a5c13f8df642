%% The kernel services that a booted Erlang/OTP node runs, started the first time a program
%% needs them: the logger, the application controller with the kernel and stdlib
%% applications started, and kernel_sup.
%%
%% Why OTP's own servers and not replacements: OTP's logger (logger_server, its ETS table
%% and persistent_term entries, the `default` handler logger_std_h writing to standard_io,
%% logger_formatter and each behaviour's report callback) and OTP's application_controller
%% (ac_tab, application masters, start types, the env API) differ between releases in
%% details that programs can see: report layouts, error terms, which keys exist. Running the
%% library's own modules gives each release its own behaviour. What beamr replaces is only
%% what a real node gets from its boot script and from the kernel application's callback
%% module: this module plays `init` (it starts logger_server and application_controller
%% exactly as the boot script's kernelProcess steps do, then loads and starts kernel and
%% stdlib as the boot script does) and `kernel` (the application callback starting
%% kernel_sup). kernel's own supervisor would start servers beamr provides natively or
%% cannot run (code_server, file_server_2, user, standard_error, distribution, inet_db),
%% so kernel_sup here supervises what ordinary programs reach through it: logger_sup (the
%% handler processes), kernel_safe_sup, and children added later (timer_server).
%%
%% When: the VM starts the boot the first time a process calls into `logger` or
%% `application_controller` (the modules that read the logger's and the controller's ETS
%% tables), or looks up `kernel_sup` by name (timer's start_child). The calling process
%% waits in boot_then_apply/3 and then makes its call. Programs that never log, use
%% applications or timer's server start nothing.
-module(beamr_boot).
-export([boot/0, boot_then_apply/3, wait/0, kernel_sup/0]).
%% kernel's application callback and the supervisor callbacks of kernel_sup and
%% kernel_safe_sup.
-export([start/2, stop/1, init/1]).
%% Native functions (implemented by the VM).
-export([start_boot/0, booted/0]).

%% The boot process (the VM spawns it): the stand-in for init during and after the boot.
boot() ->
    process_flag(trap_exit, true),
    {ok, Logger} = logger_server:start_link(),
    {ok, Controller} = application_controller:start(app_spec(kernel)),
    ok = application:load(app_spec(stdlib)),
    ok = application:start_boot(kernel, permanent),
    ok = application:start_boot(stdlib, permanent),
    booted(),
    serve(#{Logger => logger, Controller => application_controller}).

%% After the boot: answers processes that asked to wait (their requests were queued while
%% the boot ran), forwards log events the VM sent before `logger` existed, and stops the
%% node as init does when a kernel process dies.
serve(Kernel) ->
    receive
        {beamr_boot, wait, From, Ref} ->
            From ! {Ref, ready},
            serve(Kernel);
        {'EXIT', Pid, Reason} when is_map_key(Pid, Kernel) ->
            Name = maps:get(Pid, Kernel),
            erlang:display({"Kernel pid terminated", Name, Reason}),
            erlang:halt(lists:flatten(["Kernel pid terminated" | things_to_string([Name, Reason])]));
        Log when element(1, Log) =:= log ->
            logger ! Log,
            serve(Kernel);
        _ ->
            serve(Kernel)
    end.

%% init's rendering of the terms in its halt message: strings as they are, other terms
%% in Erlang syntax down to depth 4.
things_to_string(Things) -> [[" (", to_string(X, 0), ")"] || X <- Things].

to_string(X, D) when is_list(X), D < 4 ->
    Flat = lists:flatten(X),
    case Flat =/= [] andalso lists:all(fun printable/1, Flat) of
        true -> Flat;
        false -> ["[", lists:join(",", [to_string(E, D + 1) || E <- X]), "]"]
    end;
to_string(X, _) when is_list(X) -> "[_]";
to_string(X, _) when is_atom(X) -> atom_to_list(X);
to_string(X, _) when is_pid(X) -> pid_to_list(X);
to_string(X, _) when is_float(X) -> float_to_list(X);
to_string(X, _) when is_integer(X) -> integer_to_list(X);
to_string(X, D) when is_tuple(X), D < 4 ->
    ["{", lists:join(",", [to_string(E, D + 1) || E <- tuple_to_list(X)]), "}"];
to_string(X, _) when is_tuple(X) -> "{_}";
to_string(_, _) -> "".

printable(C) when is_integer(C), C >= 32, C =< 126 -> true;
printable(C) -> C =:= $\n orelse C =:= $\r orelse C =:= $\t.

%% A process that called into a kernel service before the boot finished continues here:
%% it waits for the boot, then makes its call.
boot_then_apply(Module, Function, Arguments) ->
    wait(),
    apply(Module, Function, Arguments).

%% Waits until the kernel services run, starting them if needed.
wait() ->
    case start_boot() of
        booted ->
            ok;
        Boot ->
            Ref = erlang:monitor(process, Boot),
            Boot ! {beamr_boot, wait, self(), Ref},
            receive
                {Ref, ready} ->
                    erlang:demonitor(Ref, [flush]),
                    ok;
                {'DOWN', Ref, process, _, Reason} ->
                    erlang:error({kernel_boot_failed, Reason})
            end
    end.

%% An application's resource file, read as the boot script embeds it: found on the code
%% path (or in a bundle's or escript's archive) and read through erl_prim_loader, as the
%% application controller reads resource files. kernel's callback module is this one.
app_spec(App) ->
    Path = code:where_is_file(atom_to_list(App) ++ ".app"),
    {ok, Bin, _} = erl_prim_loader:get_file(Path),
    {ok, Tokens, _} = erl_scan:string(unicode:characters_to_list(Bin)),
    {ok, {application, App, Keys}} = erl_parse:parse_term(Tokens),
    {application, App, [callback(App, Key) || Key <- Keys]}.

callback(kernel, {mod, _}) -> {mod, {?MODULE, []}};
callback(_, Key) -> Key.

%% kernel's start/2: as kernel:start/2, with this module's kernel_sup.
start(_Type, []) ->
    ok = logger:internal_init_logger(),
    Sup = whereis(kernel_sup),
    link(Sup),
    Ref = erlang:monitor(process, Sup),
    Sup ! {beamr_boot, become_kernel_sup, self(), Ref},
    receive
        {Ref, ok} ->
            erlang:demonitor(Ref, [flush]),
            ok = logger:add_handlers(kernel),
            {ok, Sup, []};
        {Ref, Error} ->
            erlang:demonitor(Ref, [flush]),
            Error;
        {'DOWN', Ref, process, _, Reason} ->
            {error, Reason}
    end.

stop(_State) -> ok.

%% The process registered as kernel_sup (the VM registers it when it spawns it, so that
%% sends and calls to kernel_sup made during the boot wait in its queue). When kernel's
%% start/2 asks, it becomes the supervisor.
kernel_sup() ->
    _ = start_boot(),
    receive
        {beamr_boot, become_kernel_sup, Parent, Ref} ->
            put('$ancestors', [Parent]),
            put('$initial_call', {supervisor, kernel, 1}),
            case supervisor:init({{local, kernel_sup}, ?MODULE, kernel_sup}) of
                {ok, State} ->
                    Parent ! {Ref, ok},
                    gen_server:enter_loop(supervisor, [], State, {local, kernel_sup});
                {ok, State, Action} ->
                    %% Newer supervisors hibernate when idle (a gen_server action).
                    Parent ! {Ref, ok},
                    gen_server:enter_loop(supervisor, [], State, {local, kernel_sup}, Action);
                {stop, Reason} ->
                    Parent ! {Ref, {error, Reason}},
                    exit(Reason);
                ignore ->
                    Parent ! {Ref, {error, ignore}},
                    exit(normal)
            end
    end.

init(kernel_sup) ->
    Flags = #{strategy => one_for_all, intensity => 0, period => 1},
    LoggerSup = #{id => logger_sup,
                  start => {logger_sup, start_link, []},
                  restart => permanent,
                  shutdown => infinity,
                  type => supervisor,
                  modules => [logger_sup]},
    SafeSup = #{id => kernel_safe_sup,
                start => {supervisor, start_link, [{local, kernel_safe_sup}, ?MODULE, kernel_safe_sup]},
                restart => permanent,
                shutdown => infinity,
                type => supervisor,
                modules => [?MODULE]},
    {ok, {Flags, [LoggerSup, SafeSup]}};
init(kernel_safe_sup) ->
    {ok, {#{strategy => one_for_one, intensity => 4, period => 3600}, []}}.

%% The boot process's pid, spawning it the first time; `booted` once the boot is done.
start_boot() -> erlang:nif_error(undefined).

%% Marks the boot done: from now on calls into the kernel services go straight through.
booted() -> erlang:nif_error(undefined).
