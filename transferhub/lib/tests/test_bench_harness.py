from transferhub.bench.__main__ import discover, markdown_table, render, sets_up_django


def test_it_finds_every_benchmark_module_with_a_run_function():
    import transferhub.bench.web as web

    assert "web" in discover()
    assert sets_up_django(web)


def test_it_prints_pairs_and_dicts_as_markdown_tables():
    assert render([("PDF", "5 ms")]) == "| Messung | Wert |\n|---|---|\n| PDF | 5 ms |"
    assert render({"a": 1}) == "| Messung | Wert |\n|---|---|\n| a | 1 |"
    assert render("fertig") == "fertig"
    assert render(None) is None
    assert markdown_table(["x"], [[1], [2]]).splitlines()[-1] == "| 2 |"
