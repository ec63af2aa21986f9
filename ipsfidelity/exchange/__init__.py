"""The exchange file: one assessment as JSON, moved between machines and kept as a record.

Documented in docs/exchange-format.md; JSON Schema in resources/schemas/.
"""

from ipsfidelity.exchange.exporter import export_assessment, export_document
from ipsfidelity.exchange.import_plan import ImportPlan
from ipsfidelity.exchange.importer import import_documents, plan_import
from ipsfidelity.exchange.reader import parse_exchange_bytes, read_exchange_file
from ipsfidelity.exchange.schema import FORMAT, FORMAT_VERSION, AssessmentDoc, ExchangeFile

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "AssessmentDoc",
    "ExchangeFile",
    "ImportPlan",
    "export_assessment",
    "export_document",
    "import_documents",
    "parse_exchange_bytes",
    "plan_import",
    "read_exchange_file",
]
