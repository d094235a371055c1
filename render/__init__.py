"""Writers: Chronology -> DataFrame, JSON, CSV and a self-contained HTML page (pandas and plotly live here only)."""
from render._output import write_text
from render.csv_table import write_csv
from render.frame import to_frame
from render.html_page import to_html, write_html
from render.json_doc import to_json_dict, write_json

__all__ = ["to_frame", "to_json_dict", "write_json", "write_csv", "to_html", "write_html", "write_text"]
